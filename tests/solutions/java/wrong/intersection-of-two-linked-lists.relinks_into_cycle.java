// expect: WA
// says: changed the input
// Links A's tail to B's head to find a cycle entry, and restores the tail only when there is
// no intersection: the lists are left changed, which the judge's driver sees when it compares
// every input node's val and next with its own record after the call.
public class Solution {
    public ListNode getIntersectionNode(ListNode headA, ListNode headB) {
        if (headA == null || headB == null) return null;
        ListNode tail = headA;
        while (tail.next != null) tail = tail.next;
        tail.next = headB;
        ListNode slow = headA, fast = headA;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) {
                slow = headA;
                while (slow != fast) {
                    slow = slow.next;
                    fast = fast.next;
                }
                return slow;
            }
        }
        tail.next = null;
        return null;
    }
}
