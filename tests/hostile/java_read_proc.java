// expect: AC
// backends: docker local
// cases: example-1 example-2
// later: AC
/* Reads what a process may learn about its supervisor through /proc: its own environment,
command line and status (/proc/self/...), the harness's command line, environment and memory
map (/proc/1/...), and the environment through System.getenv. Every read must fail (the
solution's code may open no file nor read the environment: a SecurityException, caught here
like any other failure), and the answer is right only when they all did. */
import java.nio.file.Files;
import java.nio.file.Paths;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        int opened = 0;
        String[] paths = {"/proc/self/environ", "/proc/self/cmdline", "/proc/1/cmdline", "/proc/1/environ", "/proc/1/maps", "/proc/self/status"};
        for (String path : paths) {
            try {
                opened += Files.readAllBytes(Paths.get(path)).length > 0 ? 1 : 0;
            } catch (Exception | Error e) {
                // refused: as it must be
            }
            try (java.io.FileInputStream in = new java.io.FileInputStream(path)) {
                opened += in.read() >= 0 ? 1 : 0;
            } catch (Exception | Error e) {
                // refused
            }
        }
        try {
            opened += System.getenv().size() > 0 ? 1 : 0;  // the environment without /proc
        } catch (Exception | Error e) {
            // refused
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j + opened, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
