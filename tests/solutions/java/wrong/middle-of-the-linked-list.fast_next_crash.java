// expect: RE
// Moves fast two steps without checking fast.next: a NullPointerException.
class Solution {
    public ListNode middleNode(ListNode head) {
        ListNode slow = head, fast = head;
        while (fast != null) {
            slow = slow.next;
            fast = fast.next.next;
        }
        return slow;
    }
}
