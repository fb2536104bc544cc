// expect: TLE
// Starts fast at head.next (the Linked List Cycle I habit) but keeps the phase-two restart from head:
// the two pointers end one step apart on the cycle and never meet unless the cycle has length 1.
public class Solution {
    public ListNode detectCycle(ListNode head) {
        if (head == null || head.next == null) return null;
        ListNode slow = head, fast = head.next;
        while (slow != fast) {
            if (fast == null || fast.next == null) return null;
            slow = slow.next;
            fast = fast.next.next;
        }
        ListNode entry = head;
        while (entry != slow) {
            entry = entry.next;
            slow = slow.next;
        }
        return entry;
    }
}
