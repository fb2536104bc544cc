// expect: RE
// Checks only fast.next before jumping two nodes: fast can become null (even length, or an
// empty list), and fast.next then throws NullPointerException.
public class Solution {
    public boolean hasCycle(ListNode head) {
        ListNode slow = head, fast = head;
        while (fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) return true;
        }
        return false;
    }
}
