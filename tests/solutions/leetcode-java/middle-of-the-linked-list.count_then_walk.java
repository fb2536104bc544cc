/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */
class Solution {
    public ListNode middleNode(ListNode head) {
        int steps = length(head) / 2;
        ListNode cur = head;
        while (steps-- > 0) {
            cur = cur.next;
        }
        return cur;
    }

    private static int length(ListNode node) {
        int n = 0;
        for (; node != null; node = node.next) n++;
        return n;
    }
}
