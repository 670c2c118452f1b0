# the values this environment uses
reseller_usage = "required"
