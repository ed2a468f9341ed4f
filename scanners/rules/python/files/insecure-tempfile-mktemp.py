import os
import tempfile
from tempfile import mktemp


def write_report(data):
    # ruleid: insecure-tempfile-mktemp
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as fh:
        fh.write(data)
    return path


def scratch():
    # ruleid: insecure-tempfile-mktemp
    return mktemp()


def scratch_dir():
    # ruleid: insecure-tempfile-mktemp
    return tempfile.mktemp(dir="/tmp", prefix="job-")


def write_report_safe(data):
    # ok: insecure-tempfile-mktemp
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        fh.write(data)
        return fh.name


def scratch_safe():
    # ok: insecure-tempfile-mktemp
    fd, path = tempfile.mkstemp()
    os.close(fd)
    return path


def scratch_dir_safe():
    # ok: insecure-tempfile-mktemp
    return tempfile.mkdtemp(prefix="job-")


import functools  # noqa: E402

# ruleid: insecure-tempfile-mktemp
_scratch_path = functools.partial(tempfile.mktemp, prefix="denylist-", suffix=".bin")
# ok: insecure-tempfile-mktemp
_scratch_file = functools.partial(tempfile.mkstemp, prefix="denylist-", suffix=".bin")


class Spool:
    # ruleid: insecure-tempfile-mktemp
    make_name = tempfile.mktemp
