// expect: RE
// message: thread
// backends: docker
// cases: example-1 example-2
// later: RE
/* Starts sleeping threads without end: the container's pids limit stops it with an
OutOfMemoryError "unable to create native thread" (RE, not MLE: it is no memory), the threads
are left running, and the next case gets a new JVM. Never outside a container: as root on
this machine nothing would limit the threads. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        while (true) {
            Thread sleeper = new Thread(() -> {
                try { Thread.sleep(1_000_000); } catch (InterruptedException e) { }
            });
            sleeper.start();
        }
    }
}
