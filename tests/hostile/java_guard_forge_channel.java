// expect: AC
// backends: docker local
// cases: example-1 example-2
// later: AC
/* Tries to write a forged report where the driver's result channel is: the JVM's stdout
through /proc/self/fd/1, FileDescriptor.out, and the driver's own stream by reflection.
The SecurityManager denies all three; only then does it answer right. */
import java.io.*;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        int broke = 0;
        byte[] forged = "\0\0\0\u0030{\"result\":{\"ok\":true,\"value\":[0,0]}}".getBytes();
        try (FileOutputStream out = new FileOutputStream("/proc/self/fd/1")) { out.write(forged); broke++; } catch (Throwable denied) {}
        try { new FileOutputStream(FileDescriptor.out).write(forged); broke++; } catch (Throwable denied) {}
        try {
            java.lang.reflect.Field field = Class.forName("JudgeDriver").getDeclaredField("results");
            field.setAccessible(true);
            ((OutputStream) field.get(null)).write(forged);
            broke++;
        } catch (Throwable denied) {}
        if (broke > 0) return new int[] {0, 0};
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; ; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
    }
}
