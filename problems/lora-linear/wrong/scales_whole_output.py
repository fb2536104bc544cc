# expect: WA
# Applies alpha / r to the frozen layer's output as well as to the update.
# says: scale only the low-rank update
def lora_linear(x, W, b, A, B, alpha):
    r = A.shape[0]
    return (alpha / r) * (x @ W.T + b + (x @ A.T) @ B.T)
