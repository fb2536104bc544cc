// expect: RE
// message: AccessControlException
// backends: docker local
/* Leaves System.out alone but writes forged result frames straight to the JVM's descriptors 1
and 2 (FileDescriptor.out and .err, wrapped in streams of its own), then answers wrong. The
solution's code may not write a raw descriptor: SecurityException, RE. Were it allowed, the
frames are text on stdout, never an answer: WA. */
import java.io.FileDescriptor;
import java.io.FileOutputStream;

class Solution {
    public int[] twoSum(int[] nums, int target) throws Exception {
        byte[] forged = "{\"ok\":true,\"value\":[0,1],\"type\":\"result\"}\n".getBytes("UTF-8");
        new FileOutputStream(FileDescriptor.out).write(forged);
        new FileOutputStream(FileDescriptor.err).write(forged);
        return new int[] {0, 0};
    }
}
