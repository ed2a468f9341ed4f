"""Functional checks for upload_payment_file with paramiko's client replaced in-process."""

import io
import posixpath
import socket
import stat

import paramiko
import pytest

import payroll_export.upload as upload_mod
from payroll_export.settings import SftpSettings
from payroll_export.upload import UploadError, upload_payment_file


class FakeSFTP:
    def __init__(self, server):
        self.server = server
        self.cwd = "/"

    def _abs(self, path):
        return posixpath.normpath(posixpath.join(self.cwd, path))

    def chdir(self, path=None):
        self.cwd = self._abs(path or "/")

    def getcwd(self):
        return self.cwd

    def stat(self, path):
        path = self._abs(path)
        attrs = paramiko.SFTPAttributes()
        if path in self.server.dirs:
            attrs.st_mode = stat.S_IFDIR | 0o755
            return attrs
        if path not in self.server.files:
            raise FileNotFoundError(path)
        attrs.st_mode = stat.S_IFREG | 0o644
        attrs.st_size = len(self.server.files[path])
        return attrs

    lstat = stat

    def listdir(self, path="."):
        base = self._abs(path)
        return [posixpath.basename(p) for p in self.server.files if posixpath.dirname(p) == base]

    def mkdir(self, path, mode=0o777):
        self.server.dirs.add(self._abs(path))

    def remove(self, path):
        del self.server.files[self._abs(path)]

    unlink = remove

    def open(self, filename, mode="r", bufsize=-1):
        sftp, path = self, self._abs(filename)

        class _Remote(io.BytesIO):
            def close(inner):
                if not inner.closed:
                    sftp.server.files[path] = inner.getvalue()
                    sftp.server.log.append(("put", path))
                super().close()

            def __exit__(inner, *exc):
                inner.close()
                return False

        return _Remote()

    file = open

    def put(self, localpath, remotepath, callback=None, confirm=True):
        with open(localpath, "rb") as fh:
            return self.putfo(fh, remotepath)

    def putfo(self, fl, remotepath, file_size=0, callback=None, confirm=True):
        path = self._abs(remotepath)
        self.server.files[path] = fl.read()
        self.server.log.append(("put", path))
        return self.stat(path)

    def rename(self, oldpath, newpath):
        old, new = self._abs(oldpath), self._abs(newpath)
        self.server.files[new] = self.server.files.pop(old)
        self.server.log.append(("rename", old, new))

    posix_rename = rename

    def close(self):
        self.server.log.append(("sftp-close",))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class FakeSSHClient:
    connect_error = None
    instances = []

    def __init__(self):
        self.files = {}
        self.dirs = {"/", "/inbound", "/inbound/payroll"}
        self.log = []
        self.connect_kwargs = None
        self.closed = False
        FakeSSHClient.instances.append(self)

    def load_system_host_keys(self, filename=None):
        pass

    def load_host_keys(self, filename):
        pass

    def get_host_keys(self):
        return paramiko.HostKeys()

    def set_missing_host_key_policy(self, policy):
        self.policy = policy

    def connect(self, hostname, port=22, username=None, password=None, pkey=None, key_filename=None,
                timeout=None, **kwargs):
        self.connect_kwargs = dict(hostname=hostname, port=port, username=username, password=password,
                                   pkey=pkey, key_filename=key_filename, timeout=timeout, **kwargs)
        if FakeSSHClient.connect_error is not None:
            raise FakeSSHClient.connect_error

    def open_sftp(self):
        return FakeSFTP(self)

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


@pytest.fixture(scope="module")
def key_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("keys") / "payroll_sftp_key"
    paramiko.RSAKey.generate(2048).write_private_key_file(str(path))
    return path


@pytest.fixture
def ssh(monkeypatch):
    FakeSSHClient.instances = []
    FakeSSHClient.connect_error = None
    monkeypatch.setattr(paramiko, "SSHClient", FakeSSHClient)
    monkeypatch.setattr(paramiko.client, "SSHClient", FakeSSHClient)
    if hasattr(upload_mod, "SSHClient"):
        monkeypatch.setattr(upload_mod, "SSHClient", FakeSSHClient)
    return FakeSSHClient


@pytest.fixture
def settings(key_file):
    return SftpSettings(host="sftp.bank.test", port=2022, username="acme-payroll", key_path=str(key_file),
                        remote_dir="/inbound/payroll", timeout=15.0)


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "payroll_20240425.csv"
    path.write_bytes(b"H,Acme,2024-04-25,USD\r\nT,0,0.00\r\n")
    return path


def test_upload_lands_under_final_name(ssh, settings, report):
    remote = upload_payment_file(report, settings)
    assert remote == "/inbound/payroll/payroll_20240425.csv"
    (client,) = ssh.instances
    assert client.files == {"/inbound/payroll/payroll_20240425.csv": report.read_bytes()}
    assert client.closed


def test_connects_with_key_to_configured_host(ssh, settings, report):
    upload_payment_file(report, settings)
    kw = ssh.instances[0].connect_kwargs
    assert kw["hostname"] == "sftp.bank.test"
    assert int(kw["port"]) == 2022
    assert kw["username"] == "acme-payroll"
    assert not kw["password"]
    assert kw["pkey"] is not None or kw["key_filename"] in (settings.key_path, [settings.key_path])
    assert kw["timeout"] == 15.0


def test_uploaded_as_part_file_then_renamed(ssh, settings, report):
    upload_payment_file(report, settings)
    log = ssh.instances[0].log
    puts = [entry for entry in log if entry[0] == "put"]
    renames = [entry for entry in log if entry[0] == "rename"]
    assert len(puts) == 1 and puts[0][1].endswith(".part")
    assert renames == [("rename", puts[0][1], "/inbound/payroll/payroll_20240425.csv")]
    assert log.index(puts[0]) < log.index(renames[0])


@pytest.mark.parametrize("error", [paramiko.SSHException("handshake failed"), socket.timeout("timed out"),
                                   ConnectionRefusedError("refused")])
def test_connection_failures_raise_upload_error(ssh, settings, report, error):
    ssh.connect_error = error
    with pytest.raises(UploadError):
        upload_payment_file(report, settings)
    assert ssh.instances[0].closed
