# expect: WA
# Loss and gradients right; the implicit rewards are reported as raw log-ratios, without beta.
# says: chosen_rewards is missing beta
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta):
    n = len(policy_chosen_logps)
    chosen = policy_chosen_logps - ref_chosen_logps
    rejected = policy_rejected_logps - ref_rejected_logps
    z = beta * (chosen - rejected)
    loss = np.mean(np.logaddexp(0.0, -z))
    s = 0.5 * (1.0 - np.tanh(z / 2))
    return loss, -beta * s / n, beta * s / n, chosen, rejected
