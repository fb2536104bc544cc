// expect: MLE
// backends: docker local
/* Throws java.lang.OutOfMemoryError itself, with no allocation behind it (the control for
java_fake_out_of_memory.java, as real_memory_error.py is for fake_memory_error.py): the JVM's
own class is MLE. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        throw new OutOfMemoryError("Java heap space");
    }
}
