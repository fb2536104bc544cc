// expect: RE
// message: not the JVM's
// backends: docker local
/* Throws its own class named OutOfMemoryError (declared in the file, it hides java.lang's):
verdicts follow the exception's class, not its name, so this is RE, never MLE. */
class OutOfMemoryError extends RuntimeException {
    OutOfMemoryError(String message) {
        super(message);
    }
}

class Solution {
    public int[] twoSum(int[] nums, int target) {
        throw new OutOfMemoryError("not the JVM's");
    }
}
