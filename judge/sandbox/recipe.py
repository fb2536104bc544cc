"""What goes into the sandbox image, and the tag that names exactly that content.

The tag carries a short digest of this recipe (packages, suite, excluded
paths, the passwd entry, the image's configuration): an image built from
another recipe has another tag, so a new recipe never replaces an image that
judges on the same machine are still using, and a judge never runs in an
image that lacks what its recipe promises (a compiler, say).
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

from judge import __version__
from judge.languages import java_runtime

IMAGE_REPOSITORY = "interview-judge-python"
LABEL = "interview-judge"
# The unprivileged user solutions run as inside the container; the image
# build gives it a passwd entry.
SANDBOX_UID = 10001
DEFAULT_SUITE = "bookworm"
# python3 runs the harness; g++ (GCC 12 in bookworm, with libstdc++'s headers)
# compiles C++ solutions; OpenJDK 17's headless JDK compiles and runs Java ones
# (judge/languages/java.py). Its postinst links man pages with
# update-alternatives, and they are excluded here, so a setup hook makes the
# directory it expects (JAVA_SETUP_HOOK).
PACKAGES = ["python3-minimal", "python3-numpy", "g++", "openjdk-17-jdk-headless"]
JAVA_SETUP_HOOK = '--setup-hook=mkdir -p "$1/usr/share/man/man1"'
# The flags C++ solutions are compiled with (judge/languages/cpp.py), and a
# precompiled <bits/stdc++.h> built with exactly these: g++ uses it only when
# the flags match, and it cuts a submission's compile from about 3.6 s of wall
# time to 0.9 s here (124 MB in the image).
CPP_FLAGS = ["-std=gnu++20", "-O2"]
_PCH_SCRIPT = (
    'header=$(echo "#include <bits/stdc++.h>" | g++ {flags} -x c++ -H -fsyntax-only - 2>&1 | grep -m1 "bits/stdc++.h" | cut -d" " -f2)'
    ' && g++ {flags} -x c++-header "$header" -o "$header.gch"'
)
# Documentation and translations are dead weight in a sandbox.
EXCLUDED = ["/usr/share/doc/*", "/usr/share/man/*", "/usr/share/info/*", "/usr/share/locale/*", "/usr/share/lintian/*"]


def java_runtime_hook() -> str:
    """Compile the judge's Java runtime into the image (java_runtime.PREBUILT_DIR):
    every Java submission then skips that javac run (about 0.6 s)."""
    import base64

    staging = "/tmp/judge-java-runtime"
    steps = [f'mkdir -p "$1{staging}"']
    for name, text in sorted(java_runtime.FILES.items()):
        encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
        steps.append(f'echo {encoded} | base64 -d > "$1{staging}/{name}"')
    sources = " ".join(f"{staging}/{name}" for name in sorted(java_runtime.FILES))
    steps.append(f'chroot "$1" {" ".join(java_runtime.JAVAC)} -d {java_runtime.PREBUILT_DIR} {sources}')
    steps.append(f'rm -rf "$1{staging}"')
    return "--customize-hook=" + " && ".join(steps)


def passwd_hooks() -> list[str]:
    entry = f"sandbox:x:{SANDBOX_UID}:{SANDBOX_UID}:interview-judge sandbox:/work:/usr/sbin/nologin"
    return [
        JAVA_SETUP_HOOK,
        f"--customize-hook=echo '{entry}' >> \"$1/etc/passwd\"",
        f"--customize-hook=echo 'sandbox:x:{SANDBOX_UID}:' >> \"$1/etc/group\"",
        '--customize-hook=rm -rf "$1/var/cache/apt" "$1/var/lib/apt/lists" "$1/var/log"/*',
        f"--customize-hook=chroot \"$1\" sh -c '{_PCH_SCRIPT.format(flags=' '.join(CPP_FLAGS))}'",
        java_runtime_hook(),
    ]


def image_changes() -> list[str]:
    """The image's configuration, which an imported tarball does not carry."""
    return [
        f"USER {SANDBOX_UID}:{SANDBOX_UID}",
        "WORKDIR /work",
        "ENV LANG=C.UTF-8 PATH=/usr/bin:/bin",
        f"LABEL {LABEL}=image",
        'CMD ["python3"]',
    ]


def recipe_digest(suite: str = DEFAULT_SUITE) -> str:
    """Eight hex digits that change whenever what the image is built from changes."""
    recipe = {"packages": PACKAGES, "suite": suite, "excluded": EXCLUDED, "hooks": passwd_hooks(), "changes": image_changes()}
    return hashlib.sha256(json.dumps(recipe, sort_keys=True).encode("utf-8")).hexdigest()[:8]


def image_tag(suite: str = DEFAULT_SUITE) -> str:
    """The sandbox image for this version of the judge and this recipe."""
    return f"{IMAGE_REPOSITORY}:{__version__}-{recipe_digest(suite)}"


def _builds_file() -> Any:
    from judge.cachedir import cache_dir

    return cache_dir() / "image-builds.json"


def record_build(tag: str, seconds: float, size_mb: float) -> None:
    """Keep how long the build took (an imported image cannot carry it), for `judge doctor`."""
    path = _builds_file()
    try:
        known = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError):
        known = {}
    known[tag] = {"seconds": round(seconds, 1), "size_mb": round(size_mb, 1), "when": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(known, indent=1), encoding="utf-8")
    except OSError:
        pass  # only a figure for doctor; the image itself is built


def recorded_build(tag: str) -> dict[str, Any] | None:
    try:
        known = json.loads(_builds_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    entry = known.get(tag) if isinstance(known, dict) else None
    return entry if isinstance(entry, dict) else None
