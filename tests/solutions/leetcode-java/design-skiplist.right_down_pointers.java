// Each level is a sorted list of nodes with right and down pointers; a new node climbs while a
// coin says so, and a new top level is pushed on the head when it climbs past the top.
class Skiplist {
    class Node {
        int val;
        Node right, down;

        Node(int val, Node right, Node down) {
            this.val = val;
            this.right = right;
            this.down = down;
        }
    }

    Node head = new Node(-1, null, null);
    Random rand = new Random();

    public Skiplist() {

    }

    public boolean search(int target) {
        Node cur = head;
        while (cur != null) {
            while (cur.right != null && cur.right.val < target) cur = cur.right;
            if (cur.right != null && cur.right.val == target) return true;
            cur = cur.down;
        }
        return false;
    }

    public void add(int num) {
        Deque<Node> stack = new ArrayDeque<>();  // the last node before num on each level, top first
        Node cur = head;
        while (cur != null) {
            while (cur.right != null && cur.right.val < num) cur = cur.right;
            stack.push(cur);
            cur = cur.down;
        }
        boolean insertUp = true;
        Node downNode = null;
        while (insertUp && !stack.isEmpty()) {
            cur = stack.pop();
            cur.right = new Node(num, cur.right, downNode);
            downNode = cur.right;
            insertUp = rand.nextInt(2) == 0;
        }
        if (insertUp) head = new Node(-1, new Node(num, null, downNode), head);
    }

    public boolean erase(int num) {
        Node cur = head;
        boolean found = false;
        while (cur != null) {
            while (cur.right != null && cur.right.val < num) cur = cur.right;
            if (cur.right != null && cur.right.val == num) {
                found = true;
                cur.right = cur.right.right;
            }
            cur = cur.down;
        }
        return found;
    }
}
