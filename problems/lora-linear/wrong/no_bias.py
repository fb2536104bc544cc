# expect: WA
# Drops the frozen layer's bias.
# says: the bias b is missing
def lora_linear(x, W, b, A, B, alpha):
    return x @ W.T + (alpha / A.shape[0]) * (x @ A.T) @ B.T
