# expect: WA
# Scales the update by alpha instead of alpha / r.
# says: scale the LoRA update by alpha / r
def lora_linear(x, W, b, A, B, alpha):
    return x @ W.T + b + alpha * (x @ A.T) @ B.T
