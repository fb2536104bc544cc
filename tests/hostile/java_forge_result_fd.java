// expect: RE
// message: AccessControlException
// backends: docker local
/* Opens its own descriptors through /proc/self/fd, wherever a harness keeps its private
channels (1: the Java driver reports on the JVM's standard output; 3 and 4: the Python and C++
result and input channels), writes a forged frame on each, a right answer claiming no CPU time,
then answers wrong. The solution's code may open no file, so the first open throws a
SecurityException (an AccessControlException): RE. Had an open worked, the forged frame must
still not be believed: never AC. */
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

class Solution {
    public int[] twoSum(int[] nums, int target) throws Exception {
        byte[] forged = "{\"ok\":true,\"value\":[0,1],\"cpu_ms\":0,\"type\":\"result\"}\n".getBytes(StandardCharsets.UTF_8);
        for (String path : new String[] {"/proc/self/fd/1", "/proc/self/fd/3", "/proc/self/fd/4"}) {
            try (FileOutputStream out = new FileOutputStream(path)) {
                out.write(forged);
            }
        }
        return new int[] {0, 0};
    }
}
