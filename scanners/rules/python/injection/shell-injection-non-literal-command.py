import functools
import dataclasses
import asyncio
import os
import shlex
import subprocess
import subprocess as sp
from subprocess import Popen, check_output, run

from flask import request

BACKUP_CMD = "tar czf /var/backups/app.tgz /srv/app"


def ping(host):
    # ruleid: shell-injection-non-literal-command
    return subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True)


def convert(path):
    # ruleid: shell-injection-non-literal-command
    os.system("convert " + path + " out.png")


def grep_logs():
    pattern = request.args["q"]
    cmd = "grep '%s' /var/log/app.log" % pattern
    # ruleid: shell-injection-non-literal-command
    out = check_output(cmd, shell=True)
    return out


def disk_usage(directory):
    # ruleid: shell-injection-non-literal-command
    return os.popen("du -sh {}".format(directory)).read()


def archive(name):
    # ruleid: shell-injection-non-literal-command
    proc = Popen("zip -r /tmp/%s.zip data" % name, shell=True)
    proc.wait()


def aliased(user_cmd):
    # ruleid: shell-injection-non-literal-command
    sp.call(user_cmd, shell=True)


def getoutput(branch):
    # ruleid: shell-injection-non-literal-command
    return subprocess.getoutput(f"git log --oneline {branch}")


async def run_async(filename):
    # ruleid: shell-injection-non-literal-command
    proc = await asyncio.create_subprocess_shell(f"wc -l {filename}")
    await proc.wait()


def sh_dash_c(script):
    # ruleid: shell-injection-non-literal-command
    run(["bash", "-c", script])


# ---- secure near-misses ----


def ping_safe(host):
    # ok: shell-injection-non-literal-command
    return subprocess.run(["ping", "-c", "1", host], capture_output=True, check=True)


def constant_shell():
    # ok: shell-injection-non-literal-command
    subprocess.run("ls -la /tmp | wc -l", shell=True)


def constant_name():
    # ok: shell-injection-non-literal-command
    os.system(BACKUP_CMD)


def quoted(path):
    # ok: shell-injection-non-literal-command
    subprocess.run(f"convert {shlex.quote(path)} out.png", shell=True, check=True)


def quoted_var(branch):
    cmd = f"git log --oneline {shlex.quote(branch)}"
    # ok: shell-injection-non-literal-command
    return subprocess.check_output(cmd, shell=True)


def joined(args):
    # ok: shell-injection-non-literal-command
    os.system(shlex.join(["echo", *args]))


def explicit_no_shell(path):
    # ok: shell-injection-non-literal-command
    subprocess.Popen(["wc", "-l", path], shell=False)


async def exec_async(filename):
    # ok: shell-injection-non-literal-command
    proc = await asyncio.create_subprocess_exec("wc", "-l", filename)
    await proc.wait()


def constant_var():
    cmd = "uptime"
    # ok: shell-injection-non-literal-command
    return os.popen(cmd).read()


CLEANUP_STEPS = {
    "journal": "journalctl --vacuum-time=14d",
    "apt": "apt-get clean && apt-get autoremove --yes",
}


def run_cleanup(name):
    # ok: shell-injection-non-literal-command
    return subprocess.run(CLEANUP_STEPS[name], shell=True, check=False)


def run_named(steps, name):
    # ruleid: shell-injection-non-literal-command
    return subprocess.run(steps[name], shell=True, check=False)


PRINT_OPTS = {"shell": True, "check": True, "timeout": 30}
LIST_OPTS = {"check": True, "timeout": 30}


def print_file(path, queue, title):
    cmd = f'lp -d {queue} -t "{title}" {path}'
    # ruleid: shell-injection-non-literal-command
    return subprocess.run(cmd, **PRINT_OPTS)


def print_file_argv(path, queue):
    # ok: shell-injection-non-literal-command
    return subprocess.run(["lp", "-d", queue, str(path)], **LIST_OPTS)


def print_fixed_banner():
    opts = dict(shell=True, check=True)
    # ok: shell-injection-non-literal-command
    return subprocess.run("lp -d front /srv/banner.pdf", **opts)


def print_named(path, queue):
    opts = dict(shell=True, check=True)
    # ruleid: shell-injection-non-literal-command
    return subprocess.run("lp -d " + queue + " " + str(path), **opts)


_shell = functools.partial(subprocess.run, shell=True, check=True, timeout=120)
_run = functools.partial(subprocess.run, check=True, timeout=120)


def render_route_sheet(title, html_path, pdf_path):
    # ruleid: shell-injection-non-literal-command
    _shell(f'wkhtmltopdf --title "{title}" {html_path} {pdf_path}')
    # ok: shell-injection-non-literal-command
    _run(["wkhtmltopdf", "--title", title, html_path, pdf_path])
    # ok: shell-injection-non-literal-command
    _shell("fc-cache -f")


@dataclasses.dataclass
class LabelRunner:
    run_opts: dict = dataclasses.field(default_factory=lambda: {"shell": True, "check": True})

    def run(self, command):
        # ruleid: shell-injection-non-literal-command
        return subprocess.run(command, capture_output=True, **self.run_opts)

    def run_fixed(self):
        # ok: shell-injection-non-literal-command
        return subprocess.run("lpstat -p", capture_output=True, **self.run_opts)


class QueueRunner:
    def __init__(self):
        self.opts = {"shell": True, "timeout": 30}
        self.list_opts = {"check": True, "timeout": 30}

    def submit(self, queue, path):
        # ruleid: shell-injection-non-literal-command
        return subprocess.run(f"lp -d {queue} {path}", **self.opts)

    def submit_list(self, queue, path):
        # ok: shell-injection-non-literal-command
        return subprocess.run(["lp", "-d", queue, str(path)], **self.list_opts)


@dataclasses.dataclass
class BadgePrinterSettings:
    destination: str = "Evolis_Primacy"
    run_options: dict = dataclasses.field(
        default_factory=lambda: {"shell": True, "check": True, "text": True}
    )
    list_options: dict = dataclasses.field(default_factory=lambda: {"check": True, "text": True})


class BadgePrinter:
    def __init__(self, settings=None):
        self.settings = settings or BadgePrinterSettings()

    def submit(self, display_name, image_path):
        command = f'lp -d {self.settings.destination} -t "Badge {display_name}" {image_path}'
        # ruleid: shell-injection-non-literal-command
        return subprocess.run(command, **self.settings.run_options)

    def submit_list(self, display_name, image_path):
        argv = ["lp", "-d", self.settings.destination, "-t", f"Badge {display_name}", str(image_path)]
        # ok: shell-injection-non-literal-command
        return subprocess.run(argv, **self.settings.list_options)


ARCHIVE_RUN_OPTS = {"shell": True, "check": True, "capture_output": True, "timeout": 120}
LIST_RUN_OPTS = {"check": True, "timeout": 120}


def _gzip_command(source, target_dir):
    return f"gzip -9 -c {source} > {target_dir}/archive.gz"


class SampleArchiver:
    def __init__(self, **run_opts):
        self.archive_opts = {**ARCHIVE_RUN_OPTS, **run_opts}

    def archive(self, filename):
        # ruleid: shell-injection-non-literal-command
        subprocess.run(_gzip_command(f"/srv/inbox/{filename}", "/srv/archive"), **self.archive_opts)


class ListArchiver:
    def __init__(self, **run_opts):
        self.archive_opts = {**LIST_RUN_OPTS, **run_opts}

    def archive(self, filename):
        # ok: shell-injection-non-literal-command
        subprocess.run(["gzip", "-9", f"/srv/inbox/{filename}"], **self.archive_opts)


class LabelPrinter:
    def _command(self, job):
        return f"lp -d zebra -t \"{job.customer_name}\" {job.artwork_pdf}"

    def submit(self, job, use_shell: bool = True, timeout: int = 30):
        cmd = self._command(job)
        # ruleid: shell-injection-non-literal-command
        return subprocess.run(cmd, shell=use_shell, capture_output=True, text=True, timeout=timeout)

    def submit_args(self, job, use_shell: bool = False):
        # ok: shell-injection-non-literal-command
        return subprocess.run(["lp", "-d", "zebra", str(job.artwork_pdf)], shell=use_shell)
