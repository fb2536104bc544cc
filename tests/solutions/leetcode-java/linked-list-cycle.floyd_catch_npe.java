/**
 * Definition for singly-linked list.
 * class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode(int x) {
 *         val = x;
 *         next = null;
 *     }
 * }
 */
public class Solution {
    public boolean hasCycle(ListNode head) {
        // Let the hare run into null instead of checking: the NullPointerException means no cycle.
        if (head == null) return false;
        ListNode slow = head;
        ListNode fast = head.next;
        try {
            while (slow != fast) {
                slow = slow.next;
                fast = fast.next.next;
            }
            return true;
        } catch (NullPointerException e) {
            return false;
        }
    }
}
