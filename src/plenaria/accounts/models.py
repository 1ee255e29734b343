"""Accounts keep no tables of their own: devices are django-otp's, attempts django-axes'."""
