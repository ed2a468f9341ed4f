from datetime import datetime, timezone

from reminders.compose import Appointment, build_reminder
from reminders.settings import load_settings


def test_reminder_in_clinic_timezone(monkeypatch):
    monkeypatch.setenv("REMINDERS_SMTP_PASSWORD", "pw-for-tests")
    settings = load_settings()
    appt = Appointment("Ana Ruiz", "ana.ruiz@example.com", datetime(2024, 3, 5, 17, 30, tzinfo=timezone.utc),
                       "Dr. Okafor", "Room 2, Eastside Clinic")
    msg = build_reminder(appt, settings)
    assert msg["To"] == "ana.ruiz@example.com"
    assert msg["Reply-To"] == settings.reply_to
    assert "Dr. Okafor" in msg.get_content()
    assert settings.clinic_phone in msg.get_content()


def test_settings_read_password_from_env(monkeypatch):
    monkeypatch.setenv("REMINDERS_SMTP_PASSWORD", "s3cret-from-env")
    settings = load_settings()
    assert settings.password == "s3cret-from-env"
    assert settings.port == 587
