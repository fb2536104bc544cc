// expect: WA
// Returns a new node with the middle node's value: the right value, not the node.
class Solution {
    public ListNode middleNode(ListNode head) {
        ListNode slow = head, fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
        }
        return new ListNode(slow.val, slow.next);
    }
}
