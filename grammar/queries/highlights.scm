; Syntax highlighting for cfengine 1.x policies.

(comment) @comment

(section name: (section_name) @keyword)

(class_selector condition: (_) @label)
(class_name) @label
(operator) @operator
"!" @operator

(assignment name: (identifier) @variable)
(option name: (option_name) @property)
(flag) @constant
(home) @constant.builtin

(edit_command name: (command_name) @function)
(replace_all name: (command_name) @function)
"With" @function
"restart" @keyword
"SetOptionString" @function

(arrow) @operator
"=" @operator

(string) @string
(variable) @variable.builtin

["(" ")" "{" "}"] @punctuation.bracket
"::" @punctuation.delimiter
":" @punctuation.delimiter
