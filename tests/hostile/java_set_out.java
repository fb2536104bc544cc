// expect: RE
// message: AccessControlException
// backends: docker local
/* Replaces System.out and System.err with streams that throw everything away, then prints
forever: were that allowed, the driver's per-case capture would see nothing, its output cap
would never be reached, and the flood would go unseen until the time limit. The solution's
code may not replace the standard streams (RuntimePermission setIO): the SecurityException
(an AccessControlException) is RE. */
import java.io.OutputStream;
import java.io.PrintStream;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(nowhere);
        System.setErr(nowhere);
        for (;;) System.out.println("debug line nobody sees");
    }
}
