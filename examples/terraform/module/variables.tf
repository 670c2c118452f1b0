variable "reseller_usage" {
  type    = string
  default = "allow"
}

variable "environment" {
  type = string
}

variable "domains" {
  type    = list(string)
  default = []
}
