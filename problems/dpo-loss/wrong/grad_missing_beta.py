# expect: WA
# Differentiates -log sigmoid(beta * logits) as if beta were not there.
# says: grad_chosen is missing the factor beta
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta):
    n = len(policy_chosen_logps)
    z = beta * ((policy_chosen_logps - policy_rejected_logps) - (ref_chosen_logps - ref_rejected_logps))
    loss = np.mean(np.logaddexp(0.0, -z))
    s = 0.5 * (1.0 - np.tanh(z / 2))
    return (loss, -s / n, s / n,
            beta * (policy_chosen_logps - ref_chosen_logps), beta * (policy_rejected_logps - ref_rejected_logps))
