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
    public ListNode trainingPlan(ListNode head, int cnt) {
        // The lead pointer starts cnt nodes ahead; when it falls off the end, the trailing
        // pointer is cnt nodes before the end.
        ListNode lead = head, trail = head;
        for (int i = 0; i < cnt; i++) lead = lead.next;
        while (lead != null) {
            lead = lead.next;
            trail = trail.next;
        }
        return trail;
    }
}
