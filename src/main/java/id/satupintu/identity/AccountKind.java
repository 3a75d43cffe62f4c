package id.satupintu.identity;

public enum AccountKind { CITIZEN, STAFF }
