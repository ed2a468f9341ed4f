"""Self-service sign-up for new trade accounts (Django view).

Prospective customers apply for a trade account; the sales office vets
the application before credit terms are granted.
"""
import logging

from django import forms
from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views import View

from dyer.accounts.models import TradeApplication

logger = logging.getLogger("dyer.accounts.signup")


class TradeSignupForm(forms.Form):
    company_name = forms.CharField(max_length=200)
    vat_number = forms.CharField(max_length=20, required=False)
    contact_name = forms.CharField(max_length=120)
    email = forms.EmailField()
    phone = forms.CharField(max_length=30)
    password = forms.CharField(min_length=12, widget=forms.PasswordInput)
    expected_monthly_kg = forms.IntegerField(min_value=0)


class TradeSignupView(View):
    def post(self, request):
        form = TradeSignupForm(request.POST)
        if not form.is_valid():
            logger.info("signup rejected: %s", form.errors.as_json())
            return JsonResponse({"errors": form.errors}, status=400)
        data = form.cleaned_data
        logger.info("new trade signup received: %s", data)
        application = TradeApplication.objects.create(
            company_name=data["company_name"],
            vat_number=data["vat_number"],
            contact_name=data["contact_name"],
            email=data["email"].lower(),
            phone=data["phone"],
            password_hash=make_password(data["password"]),
            expected_monthly_kg=data["expected_monthly_kg"],
            source_ip=request.META.get("REMOTE_ADDR"),
        )
        return JsonResponse({"application": application.reference, "status": "pending_review"}, status=201)
