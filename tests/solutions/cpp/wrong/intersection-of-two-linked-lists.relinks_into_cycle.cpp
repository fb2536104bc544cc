// expect: WA
// says: changed the input
// Links A's tail to B's head to find a cycle entry, and restores the tail only when there is
// no intersection: the lists are left changed, which the harness reads from the stopped process.
class Solution {
public:
    ListNode *getIntersectionNode(ListNode *headA, ListNode *headB) {
        if (!headA || !headB) return NULL;
        ListNode* tail = headA;
        while (tail->next) tail = tail->next;
        tail->next = headB;
        ListNode *slow = headA, *fast = headA;
        while (fast && fast->next) {
            slow = slow->next, fast = fast->next->next;
            if (slow == fast) {
                slow = headA;
                while (slow != fast) slow = slow->next, fast = fast->next;
                return slow;
            }
        }
        tail->next = NULL;
        return NULL;
    }
};
