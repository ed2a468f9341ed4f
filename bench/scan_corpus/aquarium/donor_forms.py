"""Forms for the donor portal account pages."""
from django import forms
from django.contrib.auth import password_validation

PASSWORD_MIN_LENGTH = 12
PASSWORD_FIELD = "password"
CONFIRM_FIELD = "confirm_password"
PASSWORD_HELP = "At least 12 characters. Avoid reusing a password from another site."


class DonorSignupForm(forms.Form):
    full_name = forms.CharField(max_length=150)
    email = forms.EmailField()
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        min_length=PASSWORD_MIN_LENGTH,
        help_text=PASSWORD_HELP,
    )
    confirm_password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        label="Confirm password",
    )
    gift_aid = forms.BooleanField(required=False, label="I am a UK taxpayer (Gift Aid)")

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get(PASSWORD_FIELD)
        confirm = cleaned.get(CONFIRM_FIELD)
        if password and confirm and password != confirm:
            self.add_error(CONFIRM_FIELD, "Passwords do not match.")
        if password:
            try:
                password_validation.validate_password(password)
            except forms.ValidationError as exc:
                self.add_error(PASSWORD_FIELD, exc)
        return cleaned
