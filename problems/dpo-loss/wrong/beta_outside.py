# expect: WA
# Puts beta in front of the log-sigmoid instead of on the logits inside it.
# says: beta multiplies the logits inside the log-sigmoid
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta):
    n = len(policy_chosen_logps)
    logits = (policy_chosen_logps - policy_rejected_logps) - (ref_chosen_logps - ref_rejected_logps)
    loss = np.mean(beta * np.logaddexp(0.0, -logits))
    s = 0.5 * (1.0 - np.tanh(logits / 2))
    return (loss, -beta * s / n, beta * s / n,
            beta * (policy_chosen_logps - ref_chosen_logps), beta * (policy_rejected_logps - ref_rejected_logps))
