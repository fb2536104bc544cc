// expect: RE
// Moves fast two steps without checking fast->next: a null pointer dereference.
class Solution {
public:
    ListNode* middleNode(ListNode* head) {
        ListNode *slow = head, *fast = head;
        while (fast) slow = slow->next, fast = fast->next->next;
        return slow;
    }
};
