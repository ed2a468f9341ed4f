"""Appointment reminder e-mails."""
