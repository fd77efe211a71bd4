"""desktop_crm: a desktop CRM client for sales managers and the admins who keep the base clean."""

__version__ = "0.1.0"
APP_NAME = "desktop-crm"
