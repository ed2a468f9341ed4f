"""Functional checks for Mailer.send against an in-process stand-in for smtplib."""

import smtplib
from dataclasses import replace
from email.message import EmailMessage

import pytest

import reminders.mailer as mailer_mod
from reminders.mailer import MailDeliveryError, Mailer
from reminders.settings import MailSettings


class FakeSMTP:
    implicit_tls = False
    instances: list = []
    fail_on: str | None = None

    def __init__(self, host="", port=0, local_hostname=None, timeout=None, source_address=None, **kwargs):
        self.host, self.port, self.timeout = host, port, timeout
        self.kwargs = kwargs
        self.calls = []
        self.sent = []
        self.closed = False
        type(self).instances.append(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.closed = True
        return False

    def _maybe_fail(self, name):
        if type(self).fail_on == name:
            raise smtplib.SMTPServerDisconnected(f"{name} failed")

    def connect(self, host="localhost", port=0, source_address=None):
        self.calls.append("connect")
        self.host, self.port = host or self.host, port or self.port
        return (220, b"ready")

    def set_debuglevel(self, level):
        pass

    def ehlo(self, name=""):
        self.calls.append("ehlo")
        return (250, b"ok")

    def helo(self, name=""):
        return self.ehlo(name)

    def ehlo_or_helo_if_needed(self):
        self.calls.append("ehlo")

    def has_extn(self, name):
        return name.lower() in ("starttls", "auth")

    def starttls(self, keyfile=None, certfile=None, context=None):
        self.calls.append("starttls")
        return (220, b"go ahead")

    def login(self, user, password, **kwargs):
        self._maybe_fail("login")
        self.calls.append(("login", user, password))
        return (235, b"ok")

    def send_message(self, msg, from_addr=None, to_addrs=None, mail_options=(), rcpt_options=()):
        self._maybe_fail("send")
        self.calls.append("send")
        self.sent.append(str(msg["To"]) if to_addrs is None else to_addrs)
        return {}

    def sendmail(self, from_addr, to_addrs, msg, mail_options=(), rcpt_options=()):
        self._maybe_fail("send")
        self.calls.append("send")
        self.sent.append(to_addrs)
        return {}

    def quit(self):
        self.closed = True
        return (221, b"bye")

    def close(self):
        self.closed = True


class FakeSMTP_SSL(FakeSMTP):
    implicit_tls = True


@pytest.fixture
def smtp(monkeypatch):
    FakeSMTP.instances = []
    FakeSMTP.fail_on = None
    for target in (smtplib, mailer_mod):
        if target is smtplib or hasattr(target, "SMTP"):
            monkeypatch.setattr(target, "SMTP", FakeSMTP, raising=False)
        if target is smtplib or hasattr(target, "SMTP_SSL"):
            monkeypatch.setattr(target, "SMTP_SSL", FakeSMTP_SSL, raising=False)
    return FakeSMTP


@pytest.fixture
def settings():
    return MailSettings(
        host="smtp.relay.test", port=587, username="reminders@clinic.test", password="relay-pass",
        timeout=12.0, sender="Appointments <appointments@clinic.test>", reply_to="desk@clinic.test",
        timezone="UTC", clinic_phone="+1 555 0100",
    )


@pytest.fixture
def message():
    msg = EmailMessage()
    msg["From"] = "Appointments <appointments@clinic.test>"
    msg["To"] = "patient@example.com"
    msg["Subject"] = "Reminder"
    msg.set_content("See you tomorrow.")
    return msg


def _sent_to(instance):
    flat = []
    for item in instance.sent:
        flat.extend([item] if isinstance(item, str) else list(item))
    return flat


def test_submission_port_uses_starttls_then_login(smtp, settings, message):
    Mailer(settings).send(message)
    (conn,) = smtp.instances
    assert not conn.implicit_tls
    assert (conn.host, int(conn.port)) == ("smtp.relay.test", 587)
    assert conn.timeout == 12.0
    assert "starttls" in conn.calls
    login_at = conn.calls.index(("login", "reminders@clinic.test", "relay-pass"))
    assert conn.calls.index("starttls") < login_at < conn.calls.index("send")
    assert "patient@example.com" in _sent_to(conn)
    assert conn.closed


def test_port_465_uses_implicit_tls(smtp, settings, message):
    Mailer(replace(settings, port=465)).send(message)
    (conn,) = smtp.instances
    assert conn.implicit_tls
    assert int(conn.port) == 465
    assert "starttls" not in conn.calls
    assert ("login", "reminders@clinic.test", "relay-pass") in conn.calls
    assert "patient@example.com" in _sent_to(conn)
    assert conn.closed


def test_no_login_without_username(smtp, settings, message):
    Mailer(replace(settings, username=None, password=None)).send(message)
    (conn,) = smtp.instances
    assert not any(isinstance(c, tuple) and c[0] == "login" for c in conn.calls)
    assert "send" in conn.calls


@pytest.mark.parametrize("stage", ["login", "send"])
def test_smtp_errors_become_delivery_errors(smtp, settings, message, stage):
    smtp.fail_on = stage
    with pytest.raises(MailDeliveryError):
        Mailer(settings).send(message)
    assert smtp.instances[0].closed


def test_unreachable_relay_becomes_delivery_error(monkeypatch, settings, message):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("relay down")

    for target in (smtplib, mailer_mod):
        for name in ("SMTP", "SMTP_SSL"):
            if target is smtplib or hasattr(target, name):
                monkeypatch.setattr(target, name, refuse, raising=False)
    with pytest.raises(MailDeliveryError):
        Mailer(settings).send(message)
