import logging
from django import forms

logger = logging.getLogger(__name__)


class SignupForm(forms.Form):
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput)


def signup(request):
    form = SignupForm(request.POST)
    if not form.is_valid():
        return None
    data = form.cleaned_data
    # ruleid: secret-in-log
    logger.info("application received: %s", data)
    # ok: secret-in-log
    logger.info("application from %s", data["email"])
    # ok: secret-in-log
    logger.info("application from %s", form.cleaned_data["email"])
    # ruleid: secret-in-log
    logger.debug("form: %r", form.cleaned_data)
    safe = dict(form.cleaned_data)
    safe.pop("password")
    # ok: secret-in-log
    logger.info("application: %s", safe)
    return data
