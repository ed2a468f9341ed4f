"""Run esptool for a single board on the service bench.

Invoked by the bench agent with the job description from the dashboard.
Arguments are passed to esptool as an argv list; the firmware release must
already be present in the local cache.
"""
import re
import shlex
import subprocess
import sys
from pathlib import Path

FIRMWARE_CACHE = Path("/var/cache/washpoint/firmware")
ALLOWED_CHIPS = {"esp32", "esp32s3", "esp32c3"}
PORT_RE = re.compile(r"^/dev/tty(USB|ACM)\d{1,2}$")
RELEASE_RE = re.compile(r"^\d+\.\d+\.\d+$")


def build_argv(port: str, release: str, chip: str = "esp32") -> list[str]:
    if chip not in ALLOWED_CHIPS:
        raise ValueError(f"unsupported chip {chip!r}")
    if not PORT_RE.match(port):
        raise ValueError(f"unexpected serial port {port!r}")
    if not RELEASE_RE.match(release):
        raise ValueError(f"invalid release {release!r}")
    image = FIRMWARE_CACHE / release / "app.bin"
    if not image.is_file():
        raise FileNotFoundError(image)
    return [
        sys.executable, "-m", "esptool",
        "--chip", chip, "--port", port, "--baud", "921600",
        "write_flash", "-z", "0x10000", str(image),
    ]


def flash_board(port: str, release: str, chip: str = "esp32") -> subprocess.CompletedProcess:
    argv = build_argv(port, release, chip)
    print("running:", shlex.join(argv), flush=True)
    return subprocess.run(argv, capture_output=True, text=True, timeout=300, check=False)


if __name__ == "__main__":
    result = flash_board(*sys.argv[1:4])
    sys.stdout.write(result.stdout)
    sys.exit(result.returncode)
