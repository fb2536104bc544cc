// expect: RE
// message: AccessControlException
// backends: docker local
/* Leaves System.out alone (it is the case's capture) but writes forged result frames straight
to the JVM's descriptors 1 and 2 (FileDescriptor.out and .err, wrapped in streams of its own),
then answers wrong. Descriptor 1 is where the Java driver sends its reports to the harness, so
the bytes would land in that private channel ahead of the real report. The solution's code may
not write a raw descriptor: a SecurityException (an AccessControlException), RE; were it
allowed, the harness must fail the case on the garbled channel, never take the bytes for an
answer. */
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
