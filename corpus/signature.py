"""Draw a deterministic, handwritten-looking signature stroke as a PNG (matplotlib)."""

from __future__ import annotations

import hashlib
from pathlib import Path

SIGNATURE_SIZE_INCHES = (3.2, 1.0)
SIGNATURE_DPI = 150
SIGNATURE_LOOPS = 5  # loops in the cursive stroke; enough to read as a hand, not a scribble
SIGNATURE_POINTS = 600
DEFAULT_INK = "#1a1a40"


def draw_signature(out: str | Path, name: str, ink: str = DEFAULT_INK) -> Path:
    """Write a PNG of a signature-like stroke whose shape is seeded by ``name`` (same name, same bytes)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    seed = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:8], 16)
    rng = np.random.default_rng(seed)
    t = np.linspace(0.0, 1.0, SIGNATURE_POINTS)
    # A forward drift with superposed loops: x advances while a circular motion draws the letters.
    freq = SIGNATURE_LOOPS * 2 * np.pi
    amp = 0.5 + 0.4 * rng.random(4)
    x = 6.0 * t + amp[0] * 0.5 * np.sin(freq * t + rng.random())
    y = amp[1] * np.cos(freq * t) * (1.0 - 0.6 * t) + 0.3 * np.sin(2 * np.pi * t * amp[2])
    # A tall initial and a trailing flourish, as in most signatures.
    y += 1.2 * np.exp(-((t - 0.05) ** 2) / 0.002)
    flourish = np.linspace(0.0, 1.0, 120)
    fx = x[-1] + 1.5 * flourish
    fy = y[-1] - 0.4 * np.sin(np.pi * flourish) * amp[3]

    fig = plt.figure(figsize=SIGNATURE_SIZE_INCHES, dpi=SIGNATURE_DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.plot(x, y, color=ink, linewidth=1.6, solid_capstyle="round")
    ax.plot(fx, fy, color=ink, linewidth=1.2, solid_capstyle="round")
    ax.set_xlim(-0.5, 8.0)
    ax.set_ylim(-1.6, 2.0)
    ax.axis("off")
    out = Path(out)
    # No Software/date metadata, so that the same name always gives the same bytes.
    fig.savefig(out, dpi=SIGNATURE_DPI, transparent=False, facecolor="white", metadata={"Software": None})
    plt.close(fig)
    return out
