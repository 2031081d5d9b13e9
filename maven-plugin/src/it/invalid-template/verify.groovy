// sfn:validate found cdk.out/*.template.json and named the state machine by its logical id.
def log = new File(basedir, 'build.log').text

assert log.contains("cdk.out/BrokenStack.template.json#Broken12AB34CD:/States/A/Next: ERROR MISSING_TRANSITION_TARGET: 'Next' names state 'Missing'")
assert log.contains('Validated 1 definition: 2 errors')
assert log.contains('BUILD FAILURE')
return true
