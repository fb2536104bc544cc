# expect: WA
# Uses the margin r_rejected - r_chosen: trains the reward model to prefer the rejected answers.
# says: chosen and rejected are swapped
import numpy as np


def reward_model_loss(chosen_rewards, rejected_rewards):
    n = len(chosen_rewards)
    m = rejected_rewards - chosen_rewards
    loss = np.mean(np.logaddexp(0.0, -m))
    s = 1.0 / (1.0 + np.exp(np.clip(m, -500, 500)))
    return loss, s / n, -s / n
