# expect: WA
# Forgets the reference model: logits = beta * (pi_chosen - pi_rejected), as if pi_ref were
# uniform. Rewards are right, so the loss is what is off.
# says: the reference model is missing
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta):
    n = len(policy_chosen_logps)
    z = beta * (policy_chosen_logps - policy_rejected_logps)
    loss = np.mean(np.logaddexp(0.0, -z))
    s = 0.5 * (1.0 - np.tanh(z / 2))
    return (loss, -beta * s / n, beta * s / n,
            beta * (policy_chosen_logps - ref_chosen_logps), beta * (policy_rejected_logps - ref_rejected_logps))
