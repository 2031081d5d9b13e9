// sfn:validate checked the template's state machine by logical id (the DefinitionUri file, with its
// ${placeholders}, only through the template), and sfn:verify ran a scenario naming it.
def log = new File(basedir, 'build.log').text

assert log.contains('template.yaml#OrderStateMachine:/States/Charge/Catch/0/ErrorEquals/0: WARNING RESERVED_ERROR_NAME')
assert log.contains('Validated 1 definition: 0 errors')
assert !log.contains('statemachine/orders.asl.json:')
assert log.contains('PASS charged after a throttle [SUCCEEDED]')
assert log.contains('path: Charge -> Notify')
assert log.contains('Scenarios: 1, cases: 1, failures: 0, errors: 0')
return true
