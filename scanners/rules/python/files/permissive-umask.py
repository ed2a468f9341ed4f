import os


def daemonize():
    # ruleid: permissive-umask
    os.umask(0)


def open_up():
    # ruleid: permissive-umask
    old = os.umask(0o000)
    return old


def group_only():
    # ruleid: permissive-umask
    os.umask(0o020)


def restrict():
    # ok: permissive-umask
    os.umask(0o077)


def default():
    # ok: permissive-umask
    os.umask(0o022)


def restore(old):
    # ok: permissive-umask
    os.umask(old)
