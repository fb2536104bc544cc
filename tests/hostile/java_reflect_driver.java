// expect: RE
// message: AccessControlException
// backends: docker local
/* Finds the judge's driver classes on its own call stack, then lists their private fields and
makes each accessible, to read or rewrite the driver's state (its node table, its output
buffers, the answer it is about to send). The solution's code may not list another class
loader's declared members nor suppress access checks: SecurityException, RE. Had it worked,
it answers wrong after reading the fields (WA), never AC; it changes nothing of the driver. */
class Solution {
    public int[] twoSum(int[] nums, int target) throws Exception {
        int opened = 0;
        for (StackTraceElement frame : new Throwable().getStackTrace()) {
            if (frame.getClassName().equals("Solution") || frame.getClassName().startsWith("java.")
                    || frame.getClassName().startsWith("jdk.")) continue;
            Class<?> driver = Class.forName(frame.getClassName(), false, Solution.class.getClassLoader());
            for (java.lang.reflect.Field field : driver.getDeclaredFields()) {
                field.setAccessible(true);
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) field.get(null);
                opened++;
            }
        }
        // java.lang's own internals too: System's private fields (where the standard streams
        // live). Listing them needs a permission; opening them is refused by the module system
        // as well, with or without a security manager, so only that refusal is let pass.
        for (java.lang.reflect.Field field : System.class.getDeclaredFields()) {
            try {
                field.setAccessible(true);
                opened++;
            } catch (java.lang.reflect.InaccessibleObjectException sealedModule) {
                // java.base does not open java.lang
            }
        }
        return new int[] {opened, opened};
    }
}
