// expect: RE
// message: AccessControlException
// backends: docker local
/* Reaches for sun.misc.Unsafe (raw reads and writes of any address, the JVM's equivalent of
raw syscalls on its own memory) through reflection: the private static field theUnsafe,
made accessible. The solution's code may not even reach sun.misc's classes (package access),
nor list a JDK class's private members or suppress access checks, so this throws a
SecurityException (an AccessControlException): RE. Had it worked, it
reads a word of memory through Unsafe and answers wrong (WA), never AC. */
class Solution {
    public int[] twoSum(int[] nums, int target) throws Exception {
        java.lang.reflect.Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        field.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
        long address = unsafe.allocateMemory(8);
        unsafe.putLong(address, 42L);
        return new int[] {(int) unsafe.getLong(address), 0};
    }
}
