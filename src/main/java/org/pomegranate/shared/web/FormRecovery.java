package org.pomegranate.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Page forms are records, bound through their constructor. When a submitted value cannot be
 * converted at all ("yesterday" for a date, an unknown choice) Spring creates no form object, and
 * the page could not be shown again. This rebuilds the form from what did convert, keeps the
 * binding errors, so the page comes back with the values typed and a message at the bad field.
 */
@Component
public class FormRecovery {

	private final ConversionService conversion;

	FormRecovery(@Qualifier("mvcConversionService") ConversionService conversion) {
		this.conversion = conversion;
	}

	/** Does nothing when binding produced a form; otherwise puts a rebuilt one into the model. */
	public <R extends Record> void recover(Class<R> type, String name, HttpServletRequest request,
			BindingResult errors, Model model) {
		if (errors.getTarget() != null) {
			return;
		}
		R form = lenient(type, request);
		BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, name);
		errors.getAllErrors().forEach(kept::addError);
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, kept);
	}

	private <R extends Record> R lenient(Class<R> type, HttpServletRequest request) {
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			values[i] = convertOrDefault(type, components[i], request.getParameterValues(components[i].getName()));
		}
		try {
			Constructor<R> canonical = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			// page forms may be package-private records of the controller's package
			canonical.setAccessible(true);
			return canonical.newInstance(values);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot rebuild form " + type.getSimpleName(), e);
		}
	}

	private Object convertOrDefault(Class<?> type, RecordComponent component, String[] raw) {
		Class<?> target = component.getType();
		try {
			TypeDescriptor descriptor = new TypeDescriptor(type.getDeclaredField(component.getName()));
			Object source = raw == null ? null : (raw.length == 1 ? raw[0] : raw);
			Object value = source == null ? null : conversion.convert(source, TypeDescriptor.forObject(source), descriptor);
			if (value != null || !target.isPrimitive()) {
				return value;
			}
		}
		catch (RuntimeException | NoSuchFieldException e) {
			// not convertible: the binding error already says so; leave the field empty
		}
		return target == boolean.class ? Boolean.FALSE : null;
	}
}
